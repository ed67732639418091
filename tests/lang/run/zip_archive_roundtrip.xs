// judgement: see docs/language-decisions.md#file-resources
function "zip_archive_roundtrip" {
  stack {
    storage.create_file_resource {
      filename = "hello.txt"
      filedata = "hello, world"
    } as $f
    zip.create_archive {
      filename = "bundle.zip"
    } as $zip
    zip.add_to_archive {
      file = $f
      zip = $zip
    }
    zip.add_to_archive {
      file = $f
      filename = "docs/again.txt"
      zip = $zip
    }
    zip.view_contents {
      zip = $zip
    } as $list
    zip.delete_from_archive {
      filename = "hello.txt"
      zip = $zip
    }
    zip.extract {
      zip = $zip
    } as $files
    storage.read_file_resource {
      value = $files|first
    } as $read
  }
  response = {list: $list, name: $zip.name, mime: $zip.mime, files: $files, read: $read}
}
