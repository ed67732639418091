function tabbed {
	input {
		int n
	}

	stack {
		var $double {
			value = $input.n * 2
		}
	}

	response = $double
}
