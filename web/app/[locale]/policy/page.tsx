import { policyList } from './list';

export const generateMetadata = policyList.unfiltered.generateMetadata;
export default policyList.unfiltered.Page;
