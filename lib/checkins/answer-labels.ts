// What each check-in answer says, in words (the enum values are stored; these are shown).
export type CheckInAnswerValue = "ON_TRACK" | "SOME_CONCERNS" | "OFF_TRACK";

export const answerLabels: Record<CheckInAnswerValue, string> = {
  ON_TRACK: "On track",
  SOME_CONCERNS: "Some concerns",
  OFF_TRACK: "Off track",
};
