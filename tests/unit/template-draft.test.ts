// The template editor's list moves: what drag-and-drop and the keyboard controls do to the draft.
import { describe, expect, it } from "vitest";
import {
  emptyTask,
  moveItem,
  moveTask,
  toInput,
  type DraftMilestone,
} from "../../app/(admin)/admin/templates/_components/template-draft";

const milestone = (title: string, tasks: string[]): DraftMilestone => ({
  key: title,
  title,
  description: "",
  tasks: tasks.map((task) => ({ ...emptyTask(), title: task })),
});
const titles = (milestones: DraftMilestone[]) => milestones.map((m) => [m.title, m.tasks.map((t) => t.title)]);

describe("template draft moves", () => {
  it("moves an item up, down and leaves out-of-range moves alone", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    const same = ["a", "b"];
    expect(moveItem(same, 0, 5)).toBe(same);
    expect(moveItem(same, -1, 0)).toBe(same);
  });

  it("moves a task within and across milestones without touching the original", () => {
    const start = [milestone("Kickoff", ["one", "two", "three"]), milestone("Setup", ["four"])];
    expect(titles(moveTask(start, { milestone: 0, task: 2 }, { milestone: 0, task: 0 }))).toEqual([
      ["Kickoff", ["three", "one", "two"]],
      ["Setup", ["four"]],
    ]);
    expect(titles(moveTask(start, { milestone: 0, task: 0 }, { milestone: 1, task: 99 }))).toEqual([
      ["Kickoff", ["two", "three"]],
      ["Setup", ["four", "one"]],
    ]);
    expect(titles(start)).toEqual([
      ["Kickoff", ["one", "two", "three"]],
      ["Setup", ["four"]],
    ]);
  });

  it("sends empty optional fields as null", () => {
    const input = toInput({ name: "T", description: "", milestones: [milestone("Kickoff", ["one"])] });
    expect(input.description).toBeNull();
    expect(input.milestones[0]?.tasks[0]).toMatchObject({
      tutorialId: null,
      meetingUrl: null,
      questionPrompt: null,
      description: null,
    });
  });
});
