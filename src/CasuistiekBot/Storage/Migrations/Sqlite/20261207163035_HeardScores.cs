using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HeardScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "heard_answers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    casus_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    respondent = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    remark = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_heard_answers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_heard_answers_casus_id_respondent",
                table: "heard_answers",
                columns: new[] { "casus_id", "respondent" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_heard_answers_year",
                table: "heard_answers",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "heard_answers");
        }
    }
}
