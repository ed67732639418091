// expect: 2:1 expected an object (function, query, task, table...), found end of file
