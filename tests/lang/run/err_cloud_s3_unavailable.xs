// judgement: see docs/language-decisions.md#cloud-services
function "err_cloud_s3_unavailable" {
  input {
  }

  stack {
    cloud.aws.s3.read_file {
      bucket = "reports"
      file_key = "2026/11/summary.csv"
    } as $file
  }

  response = $file
}
