using MoocBot.Core.Conversations.FollowUps;

namespace MoocBot.Storage.Tests;

/// <summary>Each user's conversation context per chat (follow-up questions), on every store.</summary>
public abstract partial class NoticeStoreContract
{
    private static readonly ConversationKey Alice = new("telegram", "-100", "alice");
    private static readonly ConversationKey Bob = new("telegram", "-100", "bob");

    private IConversationContextStore Contexts => (IConversationContextStore)Store;

    [StoreFact]
    public async Task FindAsync_NothingAsked_IsNull()
    {
        Assert.Null(await Contexts.FindAsync(Alice, Now.AddMinutes(-10), CancellationToken.None));
    }

    [StoreFact]
    public async Task SaveAsync_TwoUsersInOneGroup_EachKeepsTheirOwnAndTheLastReplacesTheFirst()
    {
        await Contexts.SaveAsync(Alice, new ConversationContext("how many MOOCs?", "national.moocs", "national", null, Now), Now.AddMinutes(-10), CancellationToken.None);
        await Contexts.SaveAsync(Bob, new ConversationContext("learners in 2020?", "national.learners", "national", "2020", Now), Now.AddMinutes(-10), CancellationToken.None);
        await Contexts.SaveAsync(Alice, new ConversationContext("and in the west?", "west.course-services", "west", "2022-11", Now), Now.AddMinutes(-10), CancellationToken.None);

        var alice = await Contexts.FindAsync(Alice, Now.AddMinutes(-10), CancellationToken.None);
        var bob = await Contexts.FindAsync(Bob, Now.AddMinutes(-10), CancellationToken.None);

        Assert.Equal(new ConversationContext("and in the west?", "west.course-services", "west", "2022-11", Now), alice);
        Assert.Equal(new ConversationContext("learners in 2020?", "national.learners", "national", "2020", Now), bob);
        Assert.Null(await Contexts.FindAsync(Alice with { ChatId = "-200" }, Now.AddMinutes(-10), CancellationToken.None));
    }

    [StoreFact]
    public async Task FindAsync_AskedBeforeTheWindow_IsNullAndALaterSaveDropsIt()
    {
        var asked = Now;
        await Contexts.SaveAsync(Alice, new ConversationContext("how many MOOCs?", "national.moocs", "national", null, asked), asked.AddMinutes(-10), CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(await Contexts.FindAsync(Alice, Now.AddMinutes(-10), CancellationToken.None));

        await Contexts.SaveAsync(Bob, new ConversationContext("learners?", "national.learners", "national", null, Now), Now.AddMinutes(-10), CancellationToken.None);
        Assert.Null(await Contexts.FindAsync(Alice, asked.AddMinutes(-1), CancellationToken.None));
    }

    [StoreFact]
    public async Task ForgetAsync_OneUser_LeavesTheOther()
    {
        await Contexts.SaveAsync(Alice, new ConversationContext("how many MOOCs?", "national.moocs", "national", null, Now), Now.AddMinutes(-10), CancellationToken.None);
        await Contexts.SaveAsync(Bob, new ConversationContext("learners?", "national.learners", "national", null, Now), Now.AddMinutes(-10), CancellationToken.None);

        await Contexts.ForgetAsync(Alice, CancellationToken.None);

        Assert.Null(await Contexts.FindAsync(Alice, Now.AddMinutes(-10), CancellationToken.None));
        Assert.NotNull(await Contexts.FindAsync(Bob, Now.AddMinutes(-10), CancellationToken.None));
    }
}
