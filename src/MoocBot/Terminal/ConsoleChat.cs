using Microsoft.Extensions.Hosting;
using MoocBot.Core.Conversations;

namespace MoocBot.Terminal;

/// <summary>The console chat: one question a line on standard input, replies as plain text (a chart as a file whose path is printed); end of input stops the bot.</summary>
internal sealed class ConsoleChat(ConversationRouter router, ConsoleChatStreams streams, ChartFiles charts, IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <summary>A line from the terminal's user, in the console chat or in the conversation <paramref name="chat"/> (<c>ask --chat</c>).</summary>
    public static ChatMessage Message(string text, string? chat = null) =>
        new("console", chat ?? "console", Environment.UserName, text, IsGroup: false, MentionsBot: true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        await streams.Output.WriteLineAsync("MoocBot — ask about China's MOOC figures (\"how many MOOCs are there?\"), /help for commands. End with Ctrl+D or Ctrl+C.");
        while (!cancellationToken.IsCancellationRequested)
        {
            if (streams.Interactive)
            {
                await streams.Output.WriteAsync("> ");
                await streams.Output.FlushAsync(cancellationToken);
            }

            var line = await streams.Input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                return;
            }

            var reply = await router.HandleAsync(Message(line), cancellationToken);
            if (reply is not null)
            {
                await streams.Output.WriteLineAsync(await charts.ToConsoleTextAsync(reply, cancellationToken));
                await streams.Output.WriteLineAsync();
                await streams.Output.FlushAsync(cancellationToken);
            }
        }
    }
}
