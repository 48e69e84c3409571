// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// NfatDealToken from contracts/src/nfat/NfatDealToken.sol.

export const nfatDealTokenAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "OPERATOR",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "allowListEnabled",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "approve",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "burn",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "deal",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INfatDealToken.Deal",
        "components": [
          {
            "name": "principal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "originalPrincipal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "depositor",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "mintedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "maturity",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "bookId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "termsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "exists",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "facility",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getApproved",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMember",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMemberCount",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMembers",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "initialize",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "internalType": "struct INfatDealToken.DealTokenConfig",
        "components": [
          {
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "allowListEnabled",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isAllowed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isApprovedForAll",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "mint",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "data",
        "type": "tuple",
        "internalType": "struct INfatDealToken.Deal",
        "components": [
          {
            "name": "principal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "originalPrincipal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "depositor",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "mintedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "maturity",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "bookId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "termsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "name",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "ownerOf",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "redeem",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reducePrincipal",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "remaining",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "safeTransferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "safeTransferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setAllowListEnabled",
    "inputs": [
      {
        "name": "enabled",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setAllowed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "allowed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setApprovalForAll",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "symbol",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "tokenURI",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalMinted",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalOutstanding",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "AllowListEnabled",
    "inputs": [
      {
        "name": "enabled",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AllowListed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "allowed",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Approval",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ApprovalForAll",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DealBurnt",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "holder",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DealMinted",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "deal",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatDealToken.Deal",
        "components": [
          {
            "name": "principal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "originalPrincipal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "depositor",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "mintedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "maturity",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "bookId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "termsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PrincipalReduced",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "remaining",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Transfer",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_AllowListRequired",
    "inputs": []
  },
  {
    "type": "error",
    "name": "DealToken_NotFacility",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_NotRedeem",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_PrincipalUnderflow",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "principal",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_ReceiverNotAllowed",
    "inputs": [
      {
        "name": "receiver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_ZeroAddress",
    "inputs": [
      {
        "name": "what",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_ZeroPrincipal",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ERC721IncorrectOwner",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InsufficientApproval",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidApprover",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidOperator",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidReceiver",
    "inputs": [
      {
        "name": "receiver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidSender",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721NonexistentToken",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  }
] as const;

/** Creation bytecode. */
export const nfatDealTokenBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612aa4806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c80639010d07c1161012a578063babcc539116100b4578063cbc390b311610079578063cbc390b3146104c9578063d547741f146104dc578063e805693d146104ef578063e985e9c514610502578063efeadb6d14610515575f5ffd5b8063babcc53914610445578063be040fb014610470578063c87b56dd14610483578063c959c42b14610496578063ca15c873146104b6575f5ffd5b8063a217fddf116100fa578063a217fddf146103ef578063a22cb465146103f6578063a2309ff814610409578063a3246ad314610412578063b88d4fde14610432575f5ffd5b80639010d07c146103ad57806391d14854146103c057806395d89b41146103d3578063983d2737146103db575f5ffd5b806336568abe116101ab5780634edd8b411161017b5780634edd8b411461034f5780634f558e79146103615780636352211e1461037457806370a08231146103875780637158fbb61461039a575f5ffd5b806336568abe1461030357806342842e0e1461031657806342966c68146103295780634697f05d1461033c575f5ffd5b806316078d04116101f157806316078d041461029f57806322bd5c1c146102b657806323b872dd146102ca578063248a9ca3146102dd5780632f2ff15d146102f0575f5ffd5b806301ffc9a71461022257806306fdde031461024a578063081812fc1461025f578063095ea7b31461028a575b5f5ffd5b610235610230366004611fc7565b610528565b60405190151581526020015b60405180910390f35b610252610561565b6040516102419190612010565b61027261026d366004612022565b610602565b6040516001600160a01b039091168152602001610241565b61029d61029836600461205d565b610616565b005b6102a860035481565b604051908152602001610241565b60015461023590600160a01b900460ff1681565b61029d6102d8366004612087565b610625565b6102a86102eb366004612022565b6106b3565b61029d6102fe3660046120c5565b6106d3565b61029d6103113660046120c5565b6106ef565b61029d610324366004612087565b610727565b61029d610337366004612022565b610741565b61029d61034a366004612100565b6107fb565b5f54610272906001600160a01b031681565b61023561036f366004612022565b6108b5565b610272610382366004612022565b6108d1565b6102a861039536600461212c565b6108db565b6102a86103a8366004612147565b610933565b6102726103bb366004612147565b610a1f565b6102356103ce3660046120c5565b610a4c565b610252610a82565b6102a85f516020612a645f395f51905f5281565b6102a85f81565b61029d610404366004612100565b610ac0565b6102a860025481565b610425610420366004612022565b610acb565b6040516102419190612167565b61029d610440366004612221565b610afb565b61023561045336600461212c565b6001600160a01b03165f9081526004602052604090205460ff1690565b600154610272906001600160a01b031681565b610252610491366004612022565b610b13565b6104a96104a4366004612022565b610b83565b60405161024191906122e3565b6102a86104c4366004612022565b610c67565b61029d6104d736600461237e565b610c8b565b61029d6104ea3660046120c5565b61102a565b6102a86104fd3660046123b5565b611046565b6102356105103660046123f5565b611143565b61029d610523366004612421565b61118f565b5f6001600160e01b03198216637bab272d60e01b148061054c575061054c826112a1565b8061055b575061055b826112f0565b92915050565b5f516020612a445f395f51905f5280546060919081906105809061243c565b80601f01602080910402602001604051908101604052809291908181526020018280546105ac9061243c565b80156105f75780601f106105ce576101008083540402835291602001916105f7565b820191905f5260205f20905b8154815290600101906020018083116105da57829003601f168201915b505050505091505090565b5f61060c82611314565b5061055b8261134b565b610621828233611384565b5050565b6001600160a01b03821661065357604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61065f838333611391565b9050836001600160a01b0316816001600160a01b0316146106ad576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161064a565b50505050565b5f9081525f516020612a845f395f51905f52602052604090206001015490565b6106dc826106b3565b6106e581611429565b6106ad8383611436565b6001600160a01b03811633146107185760405163334bd91960e11b815260040160405180910390fd5b6107228282611478565b505050565b61072283838360405180602001604052805f815250610afb565b6001546001600160a01b0316331461076e5760405163224e809960e11b815233600482015260240161064a565b5f61077882611314565b905060035f815461078890612488565b909155505f8281526005602052604081208181556001810180546001600160f81b031916905560028101829055600301556107c2826114b1565b6040516001600160a01b0382169083907fde338d7f3497fba47686f8936786c013cb2a27c93f8b4fe4c80df7c26a755c93905f90a35050565b5f516020612a645f395f51905f5261081281611429565b6001600160a01b03831661085357604051632c234bd960e01b81526020600482015260076024820152661858d8dbdd5b9d60ca1b604482015260640161064a565b6001600160a01b0383165f81815260046020908152604091829020805460ff191686151590811790915591519182523392917fdffc8f5de1aa3919dbd7ced603aaa78af49ee8c49a620efbbcfc8de76a073ec0910160405180910390a3505050565b5f806108c0836114e9565b6001600160a01b0316141592915050565b5f61055b82611314565b5f5f516020612a445f395f51905f526001600160a01b038316610913576040516322718ad960e21b81525f600482015260240161064a565b6001600160a01b039092165f908152600390920160205250604090205490565b6001545f906001600160a01b031633146109625760405163224e809960e11b815233600482015260240161064a565b61096b83611314565b505f83815260056020526040902080546001600160801b0316808411156109b657604051632bfd233560e21b815260048101869052602481018590526044810182905260640161064a565b6109c0848261249d565b82546001600160801b0319166001600160801b038216178355604080518681526020810183905291945086917f8c86c49fe7c73c864ac5f84d6247c57d1b55e661699aa6bae1316e2145ba83bd910160405180910390a2505092915050565b5f8281525f516020612a245f395f51905f52602081905260408220610a449084611522565b949350505050565b5f9182525f516020612a845f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930180546060915f516020612a445f395f51905f52916105809061243c565b61062133838361152d565b5f8181525f516020612a245f395f51905f526020819052604090912060609190610af4906115dc565b9392505050565b610b06848484610625565b6106ad33858585856115e8565b6060610b1e82611314565b505f610b3460408051602081019091525f815290565b90505f815111610b525760405180602001604052805f815250610af4565b80610b5c8461170e565b604051602001610b6d9291906124c7565b6040516020818303038152906040529392505050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152610bcc82611314565b50505f9081526005602090815260409182902082516101008101845281546001600160801b038082168352600160801b909104169281019290925260018101546001600160a01b03811693830193909352600160a01b830464ffffffffff9081166060840152600160c81b8404166080830152600160f01b90920460ff1660a0820152600282015460c082015260039091015460e082015290565b5f8181525f516020612a245f395f51905f52602081905260408220610af49061179e565b5f610c946117a7565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015610cbb5750825b90505f8267ffffffffffffffff166001148015610cd75750303b155b905081158015610ce5575080155b15610d035760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610d2d57845460ff60401b1916600160401b1785555b5f610d3e606088016040890161212c565b6001600160a01b031603610d7d57604051632c234bd960e01b815260206004820152600560248201526430b236b4b760d91b604482015260640161064a565b5f610d8e60a088016080890161212c565b6001600160a01b031603610dd057604051632c234bd960e01b8152602060048201526008602482015267666163696c69747960c01b604482015260640161064a565b5f610de160c0880160a0890161212c565b6001600160a01b031603610e2157604051632c234bd960e01b815260206004820152600660248201526572656465656d60d01b604482015260640161064a565b610ea8610e2e87806124db565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610e6f9250505060208901896124db565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117cf92505050565b610eb06117e1565b610ec95f610ec46060890160408a0161212c565b611436565b505f610edb608088016060890161212c565b6001600160a01b031614610f0c57610f0a5f516020612a645f395f51905f52610ec46080890160608a0161212c565b505b610f1c60a087016080880161212c565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610f4b60c0870160a0880161212c565b600180546001600160a01b0319166001600160a01b0392909216919091179055610f7b60e0870160c08801612421565b60018054911515600160a01b0260ff60a01b19909216919091179055337f2aec52f0d503fa2439f4bacf74ef2015ef5e3f162abf3a76c8760ddd5177ff2b610fc960e0890160c08a01612421565b604051901515815260200160405180910390a2831561102257845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b611033826106b3565b61103c81611429565b6106ad8383611478565b5f80546001600160a01b03163314611073576040516301f6071960e31b815233600482015260240161064a565b6110806020830183612539565b6001600160801b03165f036110a857604051639ccb791360e01b815260040160405180910390fd5b60025f81546110b690612554565b919050819055905060035f81546110cc90612554565b909155505f81815260056020526040902082906110e982826125b0565b9050506110f683826117eb565b8160c00135836001600160a01b0316827f3f2bfe098087d645faa4f0587d441910108230162a1c4ffdfc73f09e9ebf7ff58560405161113591906126f9565b60405180910390a492915050565b6001600160a01b039182165f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793056020908152604080832093909416825291909152205460ff1690565b5f516020612a645f395f51905f526111a681611429565b8115801561122857505f5f9054906101000a90046001600160a01b03166001600160a01b0316634da03c8e6040518163ffffffff1660e01b815260040161014060405180830381865afa1580156111ff573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061122391906127e9565b60e001515b1561124657604051633975ee3560e11b815260040160405180910390fd5b60018054831515600160a01b0260ff60a01b1990911617905560405133907f2aec52f0d503fa2439f4bacf74ef2015ef5e3f162abf3a76c8760ddd5177ff2b9061129590851515815260200190565b60405180910390a25050565b5f6001600160e01b031982166380ac58cd60e01b14806112d157506001600160e01b03198216635b5e139f60e01b145b8061055b57506301ffc9a760e01b6001600160e01b031983161461055b565b5f6001600160e01b03198216635a05180f60e01b148061055b575061055b8261184c565b5f5f61131f836114e9565b90506001600160a01b03811661055b57604051637e27328960e01b81526004810184905260240161064a565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930460205260409020546001600160a01b031690565b6107228383836001611870565b6001545f90600160a01b900460ff1680156113b457506001600160a01b03841615155b80156113d157505f6113c5846114e9565b6001600160a01b031614155b80156113f557506001600160a01b0384165f9081526004602052604090205460ff16155b1561141e57604051632437a0ab60e01b81526001600160a01b038516600482015260240161064a565b610a44848484611983565b6114338133611a85565b50565b5f5f516020612a245f395f51905f52816114508585611abe565b90508015610a44575f85815260208390526040902061146f9085611b5f565b50949350505050565b5f5f516020612a245f395f51905f52816114928585611b73565b90508015610a44575f85815260208390526040902061146f9085611bec565b5f6114bd5f835f611391565b90506001600160a01b03811661062157604051637e27328960e01b81526004810183905260240161064a565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930260205260409020546001600160a01b031690565b5f610af48383611c00565b5f516020612a445f395f51905f526001600160a01b03831661156d57604051630b61174360e31b81526001600160a01b038416600482015260240161064a565b6001600160a01b038481165f818152600584016020908152604080832094881680845294825291829020805460ff191687151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a350505050565b60605f610af483611c26565b6001600160a01b0383163b1561170757604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061162a9088908890879087906004016128a5565b6020604051808303815f875af1925050508015611664575060408051601f3d908101601f19168201909252611661918101906128e1565b60015b6116cb573d808015611691576040519150601f19603f3d011682016040523d82523d5f602084013e611696565b606091505b5080515f036116c357604051633250574960e11b81526001600160a01b038516600482015260240161064a565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461102257604051633250574960e11b81526001600160a01b038516600482015260240161064a565b5050505050565b60605f61171a83611c7f565b60010190505f8167ffffffffffffffff811115611739576117396121b2565b6040519080825280601f01601f191660200182016040528015611763576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461176d57509392505050565b5f61055b825490565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061055b565b6117d7611d56565b6106218282611d7b565b6117e9611d56565b565b6001600160a01b03821661181457604051633250574960e11b81525f600482015260240161064a565b5f61182083835f611391565b90506001600160a01b03811615610722576040516339e3563760e11b81525f600482015260240161064a565b5f6001600160e01b03198216637965db0b60e01b148061055b575061055b826112a1565b5f516020612a445f395f51905f52818061189257506001600160a01b03831615155b15611953575f6118a185611314565b90506001600160a01b038416158015906118cd5750836001600160a01b0316816001600160a01b031614155b80156118e057506118de8185611143565b155b156119095760405163a9fbf51f60e01b81526001600160a01b038516600482015260240161064a565b82156119515784866001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b5f93845260040160205250506040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f516020612a445f395f51905f528161199c856114e9565b90506001600160a01b038416156119b8576119b8818587611dab565b6001600160a01b038116156119f4576119d35f865f5f611870565b6001600160a01b0381165f908152600383016020526040902080545f190190555b6001600160a01b03861615611a24576001600160a01b0386165f9081526003830160205260409020805460010190555b5f85815260028301602052604080822080546001600160a01b0319166001600160a01b038a811691821790925591518893918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a495945050505050565b611a8f8282610a4c565b6106215760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161064a565b5f5f516020612a845f395f51905f52611ad78484610a4c565b611b56575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611b0c3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061055b565b5f91505061055b565b5f610af4836001600160a01b038416611e0f565b5f5f516020612a845f395f51905f52611b8c8484610a4c565b15611b56575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061055b565b5f610af4836001600160a01b038416611e5b565b5f825f018281548110611c1557611c156128fc565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015611c7357602002820191905f5260205f20905b815481526020019060010190808311611c5f575b50505050509050919050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310611cbd5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611ce9576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310611d0757662386f26fc10000830492506010015b6305f5e1008310611d1f576305f5e100830492506008015b6127108310611d3357612710830492506004015b60648310611d45576064830492506002015b600a831061055b5760010192915050565b611d5e611f35565b6117e957604051631afcd79f60e31b815260040160405180910390fd5b611d83611d56565b5f516020612a445f395f51905f5280611d9c8482612954565b50600181016106ad8382612954565b611db6838383611f4e565b610722576001600160a01b038316611de457604051637e27328960e01b81526004810182905260240161064a565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161064a565b5f818152600183016020526040812054611e5457508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561055b565b505f61055b565b5f8181526001830160205260408120548015611b56575f611e7d60018361249d565b85549091505f90611e909060019061249d565b9050808214611eef575f865f018281548110611eae57611eae6128fc565b905f5260205f200154905080875f018481548110611ece57611ece6128fc565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080611f0057611f00612a0f565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f90556001935050505061055b565b5f611f3e6117a7565b54600160401b900460ff16919050565b5f6001600160a01b03831615801590610a445750826001600160a01b0316846001600160a01b03161480611f875750611f878484611143565b80610a445750826001600160a01b0316611fa08361134b565b6001600160a01b031614949350505050565b6001600160e01b031981168114611433575f5ffd5b5f60208284031215611fd7575f5ffd5b8135610af481611fb2565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610af46020830184611fe2565b5f60208284031215612032575f5ffd5b5035919050565b6001600160a01b0381168114611433575f5ffd5b803561205881612039565b919050565b5f5f6040838503121561206e575f5ffd5b823561207981612039565b946020939093013593505050565b5f5f5f60608486031215612099575f5ffd5b83356120a481612039565b925060208401356120b481612039565b929592945050506040919091013590565b5f5f604083850312156120d6575f5ffd5b8235915060208301356120e881612039565b809150509250929050565b8015158114611433575f5ffd5b5f5f60408385031215612111575f5ffd5b823561211c81612039565b915060208301356120e8816120f3565b5f6020828403121561213c575f5ffd5b8135610af481612039565b5f5f60408385031215612158575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b818110156121a75783516001600160a01b0316835260209384019390920191600101612180565b509095945050505050565b634e487b7160e01b5f52604160045260245ffd5b604051610140810167ffffffffffffffff811182821017156121ea576121ea6121b2565b60405290565b604051601f8201601f1916810167ffffffffffffffff81118282101715612219576122196121b2565b604052919050565b5f5f5f5f60808587031215612234575f5ffd5b843561223f81612039565b9350602085013561224f81612039565b925060408501359150606085013567ffffffffffffffff811115612271575f5ffd5b8501601f81018713612281575f5ffd5b803567ffffffffffffffff81111561229b5761229b6121b2565b6122ae601f8201601f19166020016121f0565b8181528860208385010111156122c2575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f610100820190506001600160801b0383511682526001600160801b03602084015116602083015260018060a01b0360408401511660408301526060830151612335606084018264ffffffffff169052565b50608083015161234e608084018264ffffffffff169052565b5060a083015161236360a084018260ff169052565b5060c083015160c083015260e083015160e083015292915050565b5f6020828403121561238e575f5ffd5b813567ffffffffffffffff8111156123a4575f5ffd5b820160e08185031215610af4575f5ffd5b5f5f8284036101208112156123c8575f5ffd5b83356123d381612039565b9250610100601f19820112156123e7575f5ffd5b506020830190509250929050565b5f5f60408385031215612406575f5ffd5b823561241181612039565b915060208301356120e881612039565b5f60208284031215612431575f5ffd5b8135610af4816120f3565b600181811c9082168061245057607f821691505b60208210810361246e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f8161249657612496612474565b505f190190565b8181038181111561055b5761055b612474565b5f81518060208401855e5f93019283525090919050565b5f610a446124d583866124b0565b846124b0565b5f5f8335601e198436030181126124f0575f5ffd5b83018035915067ffffffffffffffff82111561250a575f5ffd5b60200191503681900382131561251e575f5ffd5b9250929050565b6001600160801b0381168114611433575f5ffd5b5f60208284031215612549575f5ffd5b8135610af481612525565b5f6001820161256557612565612474565b5060010190565b5f813561055b81612039565b64ffffffffff81168114611433575f5ffd5b5f813561055b81612578565b60ff81168114611433575f5ffd5b5f813561055b81612596565b81356125bb81612525565b6001600160801b0381166001600160801b0319835416178255505f60208301356125e481612525565b82546001600160801b031660809190911b6001600160801b03191617825550600181016126336126166040850161256c565b82546001600160a01b0319166001600160a01b0391909116178255565b6126686126426060850161258a565b82805464ffffffffff60a01b191660a09290921b64ffffffffff60a01b16919091179055565b61269d6126776080850161258a565b82805464ffffffffff60c81b191660c89290921b64ffffffffff60c81b16919091179055565b6126ca6126ac60a085016125a4565b82805460ff60f01b191660f09290921b60ff60f01b16919091179055565b5060c0820135600282015560e090910135600390910155565b803561205881612578565b803561205881612596565b6101008101823561270981612525565b6001600160801b03168252602083013561272281612525565b6001600160801b0316602083015261273c6040840161204d565b6001600160a01b03166040830152612756606084016126e3565b64ffffffffff16606083015261276e608084016126e3565b64ffffffffff16608083015261278660a084016126ee565b60ff1660a083015260c0838101359083015260e092830135929091019190915290565b805167ffffffffffffffff81168114612058575f5ffd5b805161205881612525565b805163ffffffff81168114612058575f5ffd5b8051612058816120f3565b5f6101408284031280156127fb575f5ffd5b506128046121c6565b61280d836127a9565b815261281b602084016127a9565b602082015261282c604084016127c0565b604082015261283d606084016127c0565b606082015261284e608084016127cb565b608082015261285f60a084016127cb565b60a082015261287060c084016127de565b60c082015261288160e084016127de565b60e08201526101008381015190820152610120928301519281019290925250919050565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906128d790830184611fe2565b9695505050505050565b5f602082840312156128f1575f5ffd5b8151610af481611fb2565b634e487b7160e01b5f52603260045260245ffd5b601f82111561072257805f5260205f20601f840160051c810160208510156129355750805b601f840160051c820191505b81811015611707575f8155600101612941565b815167ffffffffffffffff81111561296e5761296e6121b2565b6129828161297c845461243c565b84612910565b6020601f8211600181146129b4575f831561299d5750848201515b5f19600385901b1c1916600184901b178455611707565b5f84815260208120601f198516915b828110156129e357878501518255602094850194600190920191016129c3565b5084821015612a0057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e8237170593200080bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab0079300523a704056dcd17bcf83bed8b68c59416dac1119be77755efe3bde0a64e46e0c02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
