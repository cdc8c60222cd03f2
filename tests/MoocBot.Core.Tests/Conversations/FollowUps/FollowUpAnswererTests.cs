using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Conversations.FollowUps;

public sealed class FollowUpAnswererTests
{
    [Fact]
    public async Task AnswerAsync_AndInTheWestAfterNationalMoocs_GivesTheWestsCourseFiguresNotAList()
    {
        var conversation = new Conversation();

        var first = await conversation.AskAsync("how many MOOCs does China have?");
        var west = await conversation.AskAsync("and in the west?");

        Assert.Equal("national.moocs", first.Answer.Facts[0].Id);
        Assert.Equal(AnswerStatus.Answered, west.Answer.Status);
        Assert.Equal("west.course-services", west.Answer.Facts[0].Id);
        Assert.All(west.Answer.Facts, f => Assert.Equal("west", f.Topic));
        Assert.All(west.Answer.Facts, f => Assert.StartsWith("courses", f.Unit, StringComparison.Ordinal));
        Assert.Equal("how many MOOCs does China have?", west.FollowUpOf);
        var text = west.Reply.ToPlainText();
        Assert.Contains("172,900", text, StringComparison.Ordinal);
        Assert.Contains("Source: People's Daily", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ChineseFollowUp_IsAnsweredInChineseWithTheOtherFiguresInChineseToo()
    {
        var conversation = new Conversation();
        await conversation.AskAsync("中国有多少门慕课？");

        var west = await conversation.AskAsync("那西部呢？");
        var nothingBefore = await conversation.AskAsync("那西部呢？", user: "user-2");

        Assert.Equal("west.course-services", west.Answer.Facts[0].Id);
        var text = west.Reply.ToPlainText();
        Assert.Contains("17.29万门", text, StringComparison.Ordinal);
        Assert.Contains("来源：人民日报", text, StringComparison.Ordinal);
        Assert.Contains("同类的其他数字：", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Also counted", text, StringComparison.Ordinal);
        Assert.Contains("最近10分钟内你没有问过问题", nothingBefore.Reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AndInTheWestAfterInternationalLearners_GivesTheWestsLearnersNotItsCourses()
    {
        var conversation = new Conversation();
        await conversation.AskAsync("how many international learners are there?");

        var west = await conversation.AskAsync("and in the west?");

        Assert.Equal("west.learning-participations", west.Answer.Facts[0].Id);
        Assert.DoesNotContain(west.Answer.Facts, f => f.Unit.StartsWith("courses", StringComparison.Ordinal));
        Assert.Contains("376 million", west.Reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is china's world ranking?", "and in the west?", "I have no figure like “China's world ranking” for MOOCs for universities in western China. Send /topics west for the figures I have there.")]
    [InlineData("中国慕课世界排名第几", "那西部呢？", "关于面向西部高校的慕课，我没有“中国慕课世界排名”这类数据。发送 /topics west 查看那里的数据。")]
    public async Task AnswerAsync_OtherTopicHasNoFigureOfThatKind_SaysSoInsteadOfAnotherFigure(string question, string followUp, string expected)
    {
        var conversation = new Conversation();
        await conversation.AskAsync(question);

        var west = await conversation.AskAsync(followUp);

        Assert.Equal(AnswerStatus.NotFound, west.Answer.Status);
        Assert.Equal(expected, west.Reply.ToPlainText());
    }

    [Fact]
    public async Task AnswerAsync_MeasureThenTimeThenSource_EachReadAgainstTheOneBefore()
    {
        var conversation = new Conversation();
        await conversation.AskAsync("how many MOOCs does China have?");

        var users = await conversation.AskAsync("what about registered users?");
        var in2022 = await conversation.AskAsync("and in 2022?");
        var source = await conversation.AskAsync("where is that from?");
        var why = await conversation.AskAsync("why so many?");

        Assert.Equal("national.registered-users", users.Answer.Facts[0].Id);
        Assert.Equal(("national.registered-users", "2022-11"), (in2022.Answer.Facts[0].Id, in2022.Answer.Facts[0].AsOf));
        Assert.Equal(("national.registered-users", "2022-11"), (source.Answer.Facts[0].Id, source.Answer.Facts[0].AsOf));
        Assert.Contains("People's Daily", source.Reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal("where is that from?", why.FollowUpOf);
        Assert.StartsWith("I can't tell why; what I can say is what the figure counts: registered users of China's MOOCs.", why.Reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_YearWithNoFigure_SaysSoAndKeepsTheContext()
    {
        var conversation = new Conversation();
        await conversation.AskAsync("how many registered users?");

        var in2020 = await conversation.AskAsync("and in 2020?");
        var in2024 = await conversation.AskAsync("what about 2024?");

        Assert.Equal((AnswerStatus.NotFound, NotFoundReason.OtherTime), (in2020.Answer.Status, in2020.Answer.Reason));
        Assert.Equal("national.registered-users", in2024.Answer.Facts[0].Id);
        Assert.StartsWith("2024", in2024.Answer.Facts[0].AsOf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_FollowUpWithNothingBefore_SaysWhatItNeeds()
    {
        var conversation = new Conversation();

        var turn = await conversation.AskAsync("and in the west?");

        Assert.Equal(AnswerStatus.NotFound, turn.Answer.Status);
        Assert.Null(turn.FollowUpOf);
        Assert.Contains("ask the whole question", turn.Reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AfterTheWindow_FollowsNothing()
    {
        var conversation = new Conversation();
        await conversation.AskAsync("how many MOOCs does China have?");
        conversation.Clock.Advance(TimeSpan.FromMinutes(11));

        var turn = await conversation.AskAsync("and in the west?");

        Assert.Null(turn.FollowUpOf);
        Assert.Contains("none from you in the last 10 minutes", turn.Reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_NewFullQuestion_ReplacesTheContext()
    {
        var conversation = new Conversation();
        await conversation.AskAsync("how many MOOCs does China have?");
        await conversation.AskAsync("how many disciplines does the platform cover?");

        var turn = await conversation.AskAsync("what about professional categories?");

        Assert.Equal("how many disciplines does the platform cover?", turn.FollowUpOf);
        Assert.Equal("platform.professional-categories", turn.Answer.Facts[0].Id);
    }

    [Fact]
    public async Task AnswerAsync_OtherRegion_SaysWhichPlacesItHas()
    {
        var conversation = new Conversation();
        await conversation.AskAsync("how many teachers were trained in the west?");

        var turn = await conversation.AskAsync("and in the east?");

        Assert.Equal(AnswerStatus.NotFound, turn.Answer.Status);
        Assert.Contains("no separate figures for “east”", turn.Reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_TwoUsersInOneGroup_EachFollowsTheirOwnQuestion()
    {
        var conversation = new Conversation();
        await conversation.AskAsync("how many MOOCs does China have?", user: "alice", chat: "group");
        await conversation.AskAsync("how many registered users?", user: "bob", chat: "group");

        var alice = await conversation.AskAsync("and in 2020?", user: "alice", chat: "group");
        var bob = await conversation.AskAsync("and in 2022?", user: "bob", chat: "group");

        Assert.Equal(("national.moocs", "2020-12"), (alice.Answer.Facts[0].Id, alice.Answer.Facts[0].AsOf));
        Assert.Equal("national.registered-users", bob.Answer.Facts[0].Id);
    }

    [Fact]
    public async Task HandleAsync_StartOrHelp_ClearsTheContext()
    {
        var conversation = new Conversation();
        var router = conversation.Router;
        await router.HandleAsync(Conversation.Message("how many MOOCs does China have?"), CancellationToken.None);
        await router.HandleAsync(Conversation.Message("/help"), CancellationToken.None);

        var afterHelp = await router.HandleAsync(Conversation.Message("and in the west?"), CancellationToken.None);
        await router.HandleAsync(Conversation.Message("how many MOOCs does China have?"), CancellationToken.None);
        var followed = await router.HandleAsync(Conversation.Message("and in the west?"), CancellationToken.None);
        await router.HandleAsync(Conversation.Message("/start"), CancellationToken.None);
        var afterStart = await router.HandleAsync(Conversation.Message("and in 2020?"), CancellationToken.None);

        Assert.Contains("ask the whole question", afterHelp!.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("172,900", followed!.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("ask the whole question", afterStart!.ToPlainText(), StringComparison.Ordinal);
    }
}
