age = input_value = "21"
next_year = age + 1
