namespace CasuistiekBot.Roles;

/// <summary>
/// Section <c>Roles</c>: who may administer the bot (register the coordinators' channel, import the directory) and who
/// coordinates, by Entra object id. Coordinators can also be named in the expertise directory.
/// </summary>
public sealed class RolesOptions
{
    public List<string> Admins { get; set; } = [];
    public List<string> Coordinators { get; set; } = [];

    /// <summary>The information managers who keep the signal list: they triage reported signals and register signals from outside.</summary>
    public List<string> SignalKeepers { get; set; } = [];
}
