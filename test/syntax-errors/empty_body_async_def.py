async def main():
