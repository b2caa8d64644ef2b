from sanctionwatch.cli import main

main()
