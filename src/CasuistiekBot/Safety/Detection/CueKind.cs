namespace CasuistiekBot.Safety.Detection;

/// <summary>What a cue says before its surroundings decide whose danger it is.</summary>
internal enum CueKind
{
    /// <summary>Suicide or self-harm: always <see cref="DangerKind.Suicide"/>.</summary>
    SelfHarm,

    /// <summary>Violence or a threat of it: a child's danger near a child, staff's near staff, otherwise violence.</summary>
    Harm,

    /// <summary>A threat aimed at the one who writes ("hij weet waar ik woon"): always staff.</summary>
    StaffThreat,

    /// <summary>Harm that names the child itself ("kindermishandeling"): always a child in danger.</summary>
    ChildHarm,

    /// <summary>Neglect ("alleen thuis", "verwaarloosd"): only a danger when a child is mentioned with it.</summary>
    Neglect,

    /// <summary>
    /// Followed, waited for, or one's address spread: a threat to staff when the writer or staff is mentioned with it,
    /// violence when a (former) partner does it, otherwise no danger.
    /// </summary>
    StaffSign,

    /// <summary>Taking others along in one's own death ("neemt de kinderen mee in haar dood"): suicide and harm to them.</summary>
    ExtendedSuicide,

    /// <summary>Someone is not safe ("niet veilig", "in gevaar"): only when a person is mentioned with it.</summary>
    Unsafe,
}
