namespace MoocBot.Core.Answering;

/// <summary>What a lexer token is.</summary>
internal enum LexKind : byte
{
    Word,
    Number,
    Cjk,
}
