using System.Text;

namespace CasuistiekBot.TextKeys;

internal static class ConstantNames
{
    // "mytasks.someCards" → "MytasksSomeCards"; "dashboard.age.181+" → "DashboardAge181Plus".
    public static string Of(string key)
    {
        var name = new StringBuilder(key.Length + 4);
        var startsWord = true;
        foreach (var c in key)
        {
            if (c == '+')
            {
                name.Append("Plus");
                startsWord = true;
            }
            else if (char.IsLetterOrDigit(c))
            {
                name.Append(startsWord ? char.ToUpperInvariant(c) : c);
                startsWord = false;
            }
            else
            {
                startsWord = true;
            }
        }
        if (name.Length == 0 || char.IsDigit(name[0])) name.Insert(0, '_');
        return name.ToString();
    }
}
