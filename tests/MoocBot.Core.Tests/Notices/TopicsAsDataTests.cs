using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Facts;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Core.Tests.Notices;

/// <summary>A topic added in the data (a made-up "research" topic) works with no code change: /topics, /subscribe and notices.</summary>
public sealed class TopicsAsDataTests
{
    private const string Body = "Test text for MoocBot only: 12 research labs make MOOCs.";

    private readonly InMemoryNoticeStore _store = new();
    private readonly FactRepository _repository = FactRepositoryLoader.Parse(
        FactsDocument.Create(
            ["test-gazette"],
            [FactsDocument.Measure("research.labs", "research", "labs", ["research labs"], "research labs making MOOCs",
                FactsDocument.Quoted(12m, "exact", "12", "2025-01", "test-gazette", Body))],
            topics: ["research"]),
        _ => "Title: A made-up article\nPublisher: MoocBot Test Gazette\nDate: 2025-02-01\n---\n" + Body);

    private readonly ConversationRouter _router;

    public TopicsAsDataTests()
    {
        var time = new FakeTimeProvider();
        _router = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddMoocBotCore(_repository)
            .AddSingleton<INoticeStore>(_store)
            .AddSingleton<IChatSender>(new FakeChatPlatform(time, "telegram"))
            .AddMoocBotNotices()
            .BuildServiceProvider()
            .GetRequiredService<ConversationRouter>();
    }

    [Fact]
    public void Check_RepositoryWithANewTopic_HasNoProblems() => Assert.Empty(FactChecker.Check(_repository));

    [Fact]
    public async Task Topics_NewTopicInTheData_IsListedAndOpens()
    {
        var all = await SendAsync("/topics");
        var one = await SendAsync("/topics research");

        Assert.Contains("research — figures on research (1 figures)", all.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(all.Buttons, b => b.Command == "/topics research");
        Assert.Contains("12 — research labs making MOOCs", one.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_NewTopicInTheData_IsAcceptedAndANoticeOfItReachesTheChat()
    {
        var reply = await SendAsync("/subscribe research");
        var unknown = await SendAsync("/subscribe west");

        Assert.StartsWith("Subscribed to research (figures on research).", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(["research"], (await _store.FindSubscriptionAsync("telegram", "7", CancellationToken.None))!.Topics);
        Assert.Contains("Choose one of: all, research.", unknown.ToPlainText(), StringComparison.Ordinal);
        var notice = Assert.Single(NoticeComposer.Compose(FactDiff.Compare(new FactRepository(_repository.Topics, [], [], [], "empty"), _repository), _repository));
        Assert.Equal("research", notice.Topic);
        Assert.Contains("Updated figures: figures on research", notice.Reply.ToPlainText(), StringComparison.Ordinal);
    }

    private async Task<Reply> SendAsync(string text) =>
        (await _router.HandleAsync(new ChatMessage("telegram", "7", "7", text, IsGroup: false, MentionsBot: false), CancellationToken.None))!;
}
