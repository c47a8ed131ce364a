KharitaBench.main()
