namespace MoocBot.Core.Answering;

/// <summary>The outcome of answering a question.</summary>
public enum AnswerStatus
{
    /// <summary>One fact fits the question.</summary>
    Answered,

    /// <summary>No fact fits; the question is out of scope.</summary>
    NotFound,

    /// <summary>Several facts fit equally well.</summary>
    Ambiguous,
}
