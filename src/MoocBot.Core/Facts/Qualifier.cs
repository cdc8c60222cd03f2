namespace MoocBot.Core.Facts;

/// <summary>How the article qualifies a figure.</summary>
public enum Qualifier
{
    /// <summary>The figure as stated, with no qualifier.</summary>
    Exact,

    /// <summary>"nearly 100,000".</summary>
    Nearly,

    /// <summary>"more than 300".</summary>
    MoreThan,

    /// <summary>"about 500", "around 500": an approximation either side.</summary>
    About,
}
