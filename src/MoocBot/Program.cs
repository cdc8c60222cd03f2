using MoocBot.Cli;

StartupTrace.Mark("main");
return await MoocBotCommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
