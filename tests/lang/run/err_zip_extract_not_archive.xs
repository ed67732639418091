// judgement: see docs/language-decisions.md#file-resources
function "err_zip_extract_not_archive" {
  stack {
    storage.create_file_resource {
      filename = "fake.zip"
      filedata = "this is not a zip archive"
    } as $f
    zip.extract {
      zip = $f
    } as $files
  }
  response = $files
}
