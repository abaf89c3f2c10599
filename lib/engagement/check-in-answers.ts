// What a check-in answer is called, everywhere it is shown: the email's buttons, the answer pages, the
// account page, the portfolio, analytics and the health factor's explanation.
export type CheckInAnswerKind = "ON_TRACK" | "SOME_CONCERNS" | "OFF_TRACK";

export const checkInAnswerLabels: Record<CheckInAnswerKind, string> = {
  ON_TRACK: "On track",
  SOME_CONCERNS: "Some concerns",
  OFF_TRACK: "Off track",
};
