// date-holidays with its data and moment-timezone weighs 1.4 MB: evaluated at the worker's start it
// would delay every cold answer. Required here, inside a function, the bundler keeps it as a lazy
// CommonJS module: its code is only scanned at start and runs on the first call (see holidays.ts).
module.exports = function loadDateHolidays() {
  return require('date-holidays');
};
