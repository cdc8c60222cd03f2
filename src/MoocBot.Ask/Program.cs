using MoocBot.Ask;
using MoocBot.Core;

StartupTrace.Mark("main");
return await AskCommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
