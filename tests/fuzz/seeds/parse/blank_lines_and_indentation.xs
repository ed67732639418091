function    spaced_out   {


  input   {
  }



  stack   {


    var    $x   {
      value    =    1
    }


  }


  response   =   $x


}


