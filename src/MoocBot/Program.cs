using MoocBot.Cli;
using MoocBot.Core;

StartupTrace.Mark("main");
return await MoocBotCommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
