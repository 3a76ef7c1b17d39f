-- wrk script: POST the same application draft on every request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"data":{},"materials":{"m01":true,"m02":true,"m03":true,"m04":true,"m05":true,"m06":true}}'
