using MoocBot.Cli;

return await MoocBotCommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
