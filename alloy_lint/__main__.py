from alloy_lint.cli import main

main()
