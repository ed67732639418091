// judgement: see docs/language-decisions.md#file-resources
function "err_zip_extract_path_traversal" {
  stack {
    storage.create_file_resource {
      filename = "evil.txt"
      filedata = "overwrite"
    } as $f
    zip.create_archive {
      filename = "slip.zip"
    } as $zip
    zip.add_to_archive {
      file = $f
      filename = "../../etc/evil.txt"
      zip = $zip
    }
    zip.extract {
      zip = $zip
    } as $files
  }
  response = $files
}
