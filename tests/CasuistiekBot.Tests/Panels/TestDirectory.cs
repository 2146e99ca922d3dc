using CasuistiekBot.Expertise;
using CasuistiekBot.Panels;

namespace CasuistiekBot.Tests.Panels;

/// <summary>
/// Thirty-two people over five units, named so that alphabetical order is easy to follow. Units: A = IND, Asiel;
/// R = IND, Regulier; J = IND, Juridische Zaken; V = DJI, Vught; C = CJIB, Inning. Cor Cohen raises cases; his manager
/// is Sara Smit.
/// </summary>
internal static class TestDirectory
{
    public const string A = "IND, Asiel";
    public const string R = "IND, Regulier";
    public const string J = "IND, Juridische Zaken";
    public const string V = "DJI, Vught";
    public const string C = "CJIB, Inning";
    public static readonly DateOnly Day = new(2026, 11, 16);

    public static List<Person> People() =>
    [
        P(1, "Anna Asiel", A, [PanelSeat.Expert], ["asiel", "medisch"]),
        P(2, "Bart Bos", R, [PanelSeat.Expert], ["asiel"]),
        P(3, "Carla Claes", J, [PanelSeat.Expert], ["medisch", "minderjarigen"]),
        P(4, "Dirk Dam", V, [PanelSeat.Expert], ["detentie"]),
        P(5, "Eline Eijk", C, [PanelSeat.Expert], ["inning-en-boetes"]),
        P(6, "Femke Faber", A, [PanelSeat.Expert], ["gezinshereniging"]),
        P(7, "Gert Gans", R, [PanelSeat.Expert], ["gezinshereniging", "asiel"]),
        P(8, "Hilde Hof", J, [PanelSeat.Expert], ["privacy"]),
        P(9, "Ivo Ingen", V, [PanelSeat.Expert], ["terugkeer", "detentie"]),
        P(10, "Jolien Jong", C, [PanelSeat.Expert], ["studie"]),
        P(11, "Kees Klein", A, [PanelSeat.Expert], ["mensenhandel"]),
        P(12, "Lies Lam", R, [PanelSeat.Expert], ["mensenhandel", "slachtoffers"]),
        P(13, "Mark Mol", J, [PanelSeat.Expert], ["naturalisatie"]),
        P(14, "Nina Noor", V, [PanelSeat.Expert], ["medisch"]),
        P(15, "Olga Oost", C, [PanelSeat.Expert], ["arbeidsmigratie"]),
        P(16, "Paul Pronk", A, [PanelSeat.Expert], ["taal-en-communicatie"]),
        P(17, "Quinta Quist", R, [PanelSeat.Expert], ["ict"]),
        P(18, "Rob Rood", J, [PanelSeat.Expert], ["ict", "privacy"]),
        P(19, "Sara Smit", A, [PanelSeat.LineManager], []),
        P(20, "Tom Teeuw", A, [PanelSeat.LineManager], []),
        P(21, "Ursula Uil", R, [PanelSeat.LineManager], []),
        P(22, "Victor Valk", V, [PanelSeat.LineManager], []),
        P(23, "Wim Wouters", C, [PanelSeat.LineManager, PanelSeat.Facilitator], []),
        P(24, "Xandra Xu", J, [PanelSeat.Facilitator], []),
        P(25, "Yvo Yilmaz", C, [PanelSeat.Facilitator], []),
        P(26, "Zoe Zwart", V, [PanelSeat.Facilitator], []),
        P(27, "Abel Aarts", R, [PanelSeat.Facilitator, PanelSeat.Expert], ["asiel"]),
        P(28, "Bea Bakker", A, [PersonRoles.Coordinator], []),
        P(29, "Cor Cohen", A, [], [], manager: Id(19)),
        P(30, "Daan Dekker", A, [PersonRoles.MtMember], []),
        P(31, "Eva Evers", J, [PanelSeat.Expert], ["wet-en-regelgeving"]),
        P(32, "Frank Fok", V, [PanelSeat.Expert], ["uitvoering"]),
    ];

    public static string Id(int n) => $"00000000-0000-4000-9000-{n:D12}";

    public static string IdOf(string name) => People().Single(p => p.Name == name).AadObjectId;

    public static PanelBrief Brief(
        string[]? themes = null, string? unit = A, string? author = null, bool shield = false, string text = "",
        IReadOnlyList<SeatedPerson>? seated = null, IEnumerable<string>? excluded = null) =>
        new(themes ?? ["asiel", "medisch"], unit, author, shield, Day, text, seated ?? [], (excluded ?? []).ToHashSet());

    private static Person P(int n, string name, string unit, string[] roles, string[] tags, string? manager = null) => new()
    {
        AadObjectId = Id(n),
        Name = name,
        Email = name.ToLowerInvariant().Replace(' ', '.') + "@jenv.example",
        OrgUnit = unit,
        Roles = string.Join('|', roles),
        Tags = string.Join('|', tags),
        ManagerAadObjectId = manager,
        MaxPanelsPerMonth = 2,
    };
}
