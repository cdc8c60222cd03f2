using MoocBot.Core.Conversations;

namespace MoocBot.Telegram.Tests.EndToEnd;

/// <summary>A test command whose reply carries a picture, as /chart's will: a few PNG bytes, a caption and a button.</summary>
internal sealed class ChartCommand : IChatCommand
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    public ChatCommandInfo Info { get; } = new("testchart", "Sends a picture") { Listed = false };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new Reply
        {
            Blocks = [ReplyBlock.Text("MOOCs in China over time & their sources")],
            Image = new ReplyImage(Png, "national.moocs.png", "Line chart of MOOCs in China"),
            Buttons = [new ReplyButton("Source", "/source national.moocs")],
        });
}
