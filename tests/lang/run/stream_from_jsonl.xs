// judgement: see docs/language-decisions.md#streams
function "stream_from_jsonl" {
  stack {
    storage.create_file_resource {
      filename = "test.jsonl"
      filedata = "{\"name\": \"Alice Smith\", \"age\": 30}\n\n{\"name\": \"Bob Johnson\", \"hobbies\": [\"gaming\"]}\r\n42\n"
    } as $jsonl_file_resource
    var $jsonl_lines {
      value = []
    }
    stream.from_jsonl {
      value = $jsonl_file_resource
    } as $stream1
    foreach ($stream1) {
      each as $item {
        var.update $jsonl_lines {
          value = $jsonl_lines|push:$item
        }
      }
    }
  }
  response = $jsonl_lines
}
