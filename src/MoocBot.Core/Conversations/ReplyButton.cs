namespace MoocBot.Core.Conversations;

/// <summary>A button under a reply. Pressing it sends <see cref="Command"/> back through the router.</summary>
/// <param name="Label">What the button says.</param>
/// <param name="Command">A command line such as "/source national.moocs"; at most 64 bytes of UTF-8.</param>
public sealed record ReplyButton(string Label, string Command);
