namespace MoocBot.Telegram.Receiving;

/// <summary>
/// t.me/Bot?start=payload links. A payload may hold only A-Z, a-z, 0-9, '_' and '-', so the '.' in a
/// fact id ("national.moocs") travels as '_' ("national_moocs").
/// </summary>
internal static class TelegramDeepLink
{
    /// <summary>The fact id a payload stands for if it names one ("national_moocs" → "national.moocs").</summary>
    public static string DecodePayload(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload.Replace('_', '.');
    }
}
