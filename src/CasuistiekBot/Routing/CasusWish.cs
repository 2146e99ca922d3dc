namespace CasuistiekBot.Routing;

// What the inbrenger wants from raising the casus.
internal enum CasusWish
{
    Advies,
    GedeeldBeeld,
    SignaalAgenderen,
    GehoordWorden,
}
