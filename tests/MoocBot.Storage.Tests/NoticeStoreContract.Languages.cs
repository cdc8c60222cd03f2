using MoocBot.Core.Conversations;

namespace MoocBot.Storage.Tests;

/// <summary>Each chat's /language choice, on every store.</summary>
public abstract partial class NoticeStoreContract
{
    private IChatLanguageStore Languages => (IChatLanguageStore)Store;

    [StoreFact]
    public async Task FindLanguageAsync_ChatThatNeverChose_IsAuto()
    {
        Assert.Equal(ChatLanguage.Auto, await Languages.FindLanguageAsync("telegram", "1", CancellationToken.None));
    }

    [StoreFact]
    public async Task SetLanguageAsync_ChosenTwice_KeepsTheLastChoiceForThatChatOnly()
    {
        await Languages.SetLanguageAsync("telegram", "1", ChatLanguage.Chinese, Now, CancellationToken.None);
        await Languages.SetLanguageAsync("telegram", "1", ChatLanguage.English, Now, CancellationToken.None);
        await Languages.SetLanguageAsync("discord", "1", ChatLanguage.Chinese, Now, CancellationToken.None);

        Assert.Equal(ChatLanguage.English, await Languages.FindLanguageAsync("telegram", "1", CancellationToken.None));
        Assert.Equal(ChatLanguage.Chinese, await Languages.FindLanguageAsync("discord", "1", CancellationToken.None));
        Assert.Equal(ChatLanguage.Auto, await Languages.FindLanguageAsync("telegram", "2", CancellationToken.None));
    }

    [StoreFact]
    public async Task SetLanguageAsync_BackToAuto_ForgetsTheChoice()
    {
        await Languages.SetLanguageAsync("telegram", "1", ChatLanguage.Chinese, Now, CancellationToken.None);

        await Languages.SetLanguageAsync("telegram", "1", ChatLanguage.Auto, Now, CancellationToken.None);

        Assert.Equal(ChatLanguage.Auto, await Languages.FindLanguageAsync("telegram", "1", CancellationToken.None));
    }
}
