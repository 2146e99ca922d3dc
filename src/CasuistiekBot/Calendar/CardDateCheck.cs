namespace CasuistiekBot.Calendar;

internal enum CardDateCheck
{
    Valid,
    Malformed,
    TooEarly,
    TooLate,
}
