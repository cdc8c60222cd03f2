namespace MoocBot.Terminal;

/// <summary>The console chat's input and output, injected so tests can drive it.</summary>
/// <param name="Input">Where questions are read.</param>
/// <param name="Output">Where replies are written.</param>
/// <param name="Interactive">True to show a prompt (a terminal, not a pipe).</param>
internal sealed record ConsoleChatStreams(TextReader Input, TextWriter Output, bool Interactive);
