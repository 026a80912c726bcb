match command:
    case 'go':
    case _:
        pass
