Console.WriteLine("MoocBot: the command line is being built.");
