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
            "MoocBot.Core.Charts",
            "MoocBot.Core.Notices").AssertOneWay();
}
