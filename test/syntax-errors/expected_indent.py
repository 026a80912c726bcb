def main():
print('hi')
