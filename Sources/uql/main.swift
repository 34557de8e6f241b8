import UQLCommandLine
UQLMain.main()
