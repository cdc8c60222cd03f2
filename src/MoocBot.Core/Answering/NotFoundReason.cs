namespace MoocBot.Core.Answering;

/// <summary>Why a question was not found, when the answerer's scope rules tell.</summary>
public enum NotFoundReason
{
    /// <summary>No particular reason: nothing fits well enough.</summary>
    None,

    /// <summary>The question names another country or another MOOC provider.</summary>
    OtherCountry,

    /// <summary>The question asks about the future, or a time before the first or after the newest figure of the measure.</summary>
    OtherTime,

    /// <summary>The question asks for a world total rather than China's figures.</summary>
    WorldTotal,

    /// <summary>The question names a time between two figures of the measure, none of which is for it.</summary>
    BetweenObservations,
}
