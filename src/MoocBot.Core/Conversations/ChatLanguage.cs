namespace MoocBot.Core.Conversations;

/// <summary>The language a chat's replies are written in.</summary>
public enum ChatLanguage
{
    /// <summary>Follow each message: Chinese for a question in Chinese, else the platform's language hint.</summary>
    Auto,

    /// <summary>Always English.</summary>
    English,

    /// <summary>Always Chinese (simplified).</summary>
    Chinese,
}
