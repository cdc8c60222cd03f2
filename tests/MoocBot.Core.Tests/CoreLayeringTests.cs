using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests;

/// <summary>Core's folders depend one way, in this order (README, "Design: the folders").</summary>
public sealed class CoreLayeringTests
{
    [Fact]
    public void CoreFolders_EachUsesOnlyTheOnesBeforeIt_NoneUsesOneAfterIt() =>
        new FolderLayers(
            typeof(ConversationRouter).Assembly,
            "MoocBot.Core",
            "MoocBot.Core.Settings",
            "MoocBot.Core.Facts",
            "MoocBot.Core.Answering",
            "MoocBot.Core.Diagnostics",
            "MoocBot.Core.Conversations",
            "MoocBot.Core.Asking",
            "MoocBot.Core.Charts",
            "MoocBot.Core.Notices").AssertOneWay();

    [Fact]
    public void FolderLayers_NoticesBeforeConversations_CatchesTheUse()
    {
        // Notices uses Conversations (commands, replies), so the order read backwards must fail: a use both ways would too.
        var reversed = new FolderLayers(typeof(ConversationRouter).Assembly, "MoocBot.Core", "MoocBot.Core.Notices", "MoocBot.Core.Conversations");

        Assert.NotEmpty(reversed.TypesUsingLaterFolders("MoocBot.Core.Notices"));
    }
}
