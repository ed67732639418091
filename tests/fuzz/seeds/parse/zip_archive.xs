function zip_archive {
  input {
    file doc
  }

  stack {
    zip.create_archive {
      filename = "bundle.zip"
    } as $archive

    zip.add_to_archive {
      file = $input.doc
      zip = $archive
    }

    zip.view_contents {
      zip = $archive
    } as $listing
  }

  response = $listing
}
