from simplifier.cli import main

main()
