using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CardNonces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "nonce",
                table: "triage_decisions",
                type: "character varying(43)",
                maxLength: 43,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "nonce",
                table: "signals",
                type: "character varying(43)",
                maxLength: 43,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "nonce",
                table: "session_outcomes",
                type: "character varying(43)",
                maxLength: 43,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "nonce",
                table: "panel_members",
                type: "character varying(43)",
                maxLength: 43,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "nonce",
                table: "casus_questions",
                type: "character varying(43)",
                maxLength: 43,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_triage_decisions_nonce",
                table: "triage_decisions",
                column: "nonce",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_signals_nonce",
                table: "signals",
                column: "nonce",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_session_outcomes_nonce",
                table: "session_outcomes",
                column: "nonce",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_panel_members_nonce",
                table: "panel_members",
                column: "nonce",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_casus_questions_nonce",
                table: "casus_questions",
                column: "nonce",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_triage_decisions_nonce",
                table: "triage_decisions");

            migrationBuilder.DropIndex(
                name: "ix_signals_nonce",
                table: "signals");

            migrationBuilder.DropIndex(
                name: "ix_session_outcomes_nonce",
                table: "session_outcomes");

            migrationBuilder.DropIndex(
                name: "ix_panel_members_nonce",
                table: "panel_members");

            migrationBuilder.DropIndex(
                name: "ix_casus_questions_nonce",
                table: "casus_questions");

            migrationBuilder.DropColumn(
                name: "nonce",
                table: "triage_decisions");

            migrationBuilder.DropColumn(
                name: "nonce",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "nonce",
                table: "session_outcomes");

            migrationBuilder.DropColumn(
                name: "nonce",
                table: "panel_members");

            migrationBuilder.DropColumn(
                name: "nonce",
                table: "casus_questions");
        }
    }
}
